/** The REST API (and, later, the web application) over evaluations and council schedules. */
package vn.thidua.web;
