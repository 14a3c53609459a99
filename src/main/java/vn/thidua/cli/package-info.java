/** The command line: {@code evaluate}, {@code schedule}, and later {@code rules}; results on stdout, logs on stderr. */
package vn.thidua.cli;
