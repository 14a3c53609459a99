/** The REST API (and, later, the web application) over evaluations. */
package vn.thidua.web;
