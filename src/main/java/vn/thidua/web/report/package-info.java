/** The report page by focus group over the years, its charts and its downloads. */
package vn.thidua.web.report;
