import cascadekit.labeling.*;
var labels = Datasets.reviewLabels();
var reviews = labels.reviewsTable();
System.out.println("Chapter 05: `labels` holds review-labels (ReviewLabels): " + labels.reviews().size() + " reviews, each labelled by " + labels.annotations().annotators() + ", " + labels.gold().size() + " gold labels; `reviews` is the Tablesaw table of their item_id and text. Try: LabelColumns.withMajorityVote(reviews, labels.annotations()).stringColumn(\"majority_label\").countByCategory(), labels.annotations().labelsOf(\"a1\"), FleissKappa.of(labels.annotations().counts()), DawidSkene.fit(labels.annotations()).priors()");
