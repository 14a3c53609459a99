/** The Fatherland Front's pages: published lists, comments and answers, decisions and rankings of its units, supervision opinions. */
package vn.thidua.web.oversight;
