/**
 * Working days: Vietnam's public holidays and days off by year, from the dated data file
 * {@code rules/calendar/holidays.yaml}, and the arithmetic of working days over them (weekends and
 * days off skipped, swapped Saturdays worked).
 */
package vn.thidua.calendar;
