package org.markaz.figures;

import java.time.LocalDate;
import java.util.Map;
import org.markaz.beds.BedFigures;
import org.markaz.shared.DischargeOutcome;
import org.markaz.shared.ServiceType;

/**
 * The centre's figures for a period (both dates included): what the old Baby Homes never kept.
 * Attendance is the share of marked days on which the child was present. {@code to} is the last
 * day counted; {@code askedTo} the last day asked for, later when the period was cut at today.
 * {@code beds} are the bed calendar's own figures for the same days, computed by the beds.
 */
public record Figures(LocalDate from, LocalDate to, int admissions, Map<ServiceType, Integer> admissionsByService,
                      int discharges, Map<DischargeOutcome, Integer> dischargesByOutcome, int residentsOnLastDay,
                      int shortStaysEnded, Double averageShortStayDays, Double medianShortStayDays,
                      Map<ServiceType, Attendance> attendance, LocalDate askedTo, BedFigures beds) {

    public FiguresPeriod period() {
        return new FiguresPeriod(from, to, askedTo);
    }

    /** Marked days of a service in the period and how many of them were present. */
    public record Attendance(int presentDays, int markedDays) {
        public double rate() {
            return markedDays == 0 ? 0 : (double) presentDays / markedDays;
        }
    }
}
