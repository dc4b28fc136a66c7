package org.markaz.cases;

/** A staff member who may hold cases (a key worker's account), with their open cases and overdue reviews. */
public record KeyWorker(long staffId, String name, int openCases, int overdueReviews) {
}
