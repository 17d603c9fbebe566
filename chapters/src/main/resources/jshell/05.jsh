import cascadekit.labeling.*;
var labels = Datasets.reviewLabels();
System.out.println("Chapter 05: `labels` holds review-labels (ReviewLabels): " + labels.reviews().size() + " reviews, each labelled by " + labels.annotations().annotators() + ", " + labels.gold().size() + " gold labels. Try: labels.annotations().labelsOf(\"a1\"), FleissKappa.of(labels.annotations().counts()), DawidSkene.fit(labels.annotations()).priors()");
