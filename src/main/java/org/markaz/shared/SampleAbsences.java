package org.markaz.shared;

import java.util.Map;

/**
 * What the admissions' share of the sample centre leaves for the register's: the children (by
 * id) who have missed their last few scheduled days, and how many (enrolments.csv, absent_last_days),
 * so that Today has absences to show.
 */
public record SampleAbsences(Map<Long, Integer> lastDaysAbsent) {
}
