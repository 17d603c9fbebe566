import cascadekit.split.*;
var loans = Datasets.loanApplications();
var roles = ColumnRoles.of(LoanApplications.LABEL, List.of("age", "income", "employment_years", "credit_score", "amount", "term_months", "purpose", LoanApplications.LEAK)).withId(LoanApplications.ID).withGroup(LoanApplications.APPLICANT).withTime(LoanApplications.APPLIED_AT);
System.out.println("Chapter 07: `loans` is the Tablesaw table of the " + loans.rowCount() + " loan applications, `roles` their columns' roles. Try: var naive = RandomSplit.of(loans, 0.25, 1); LeakageAudit.of(roles).audit(naive.train(), naive.test()).broken().forEach(System.out::println), then the same with GroupSplit.of(loans, \"applicant_id\", 0.25, 1)");
