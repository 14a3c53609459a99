/**
 * Documents people exchange: the request as an Excel workbook (template, export, import checked by
 * the same rules as JSON), results as Excel, and the printable list the council signs.
 */
package vn.thidua.documents;
