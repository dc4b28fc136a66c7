package org.markaz.cases;

/**
 * A staff member who may hold cases (a key worker's account), with their open cases and overdue
 * reviews, and whether it is the user asking (a key worker opens cases only as their own).
 */
public record KeyWorker(long staffId, String name, int openCases, int overdueReviews, boolean isYou) {
}
