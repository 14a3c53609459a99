/**
 * The year and the term reported: awards by the district plan's focus groups over one year or a range
 * of years (sơ kết, tổng kết), with the province's targets, and the statistical form Biểu 0603.
 */
package vn.thidua.report;
