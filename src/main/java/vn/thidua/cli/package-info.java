/** The command line: {@code evaluate}, and later {@code schedule} and {@code rules}; results on stdout, logs on stderr. */
package vn.thidua.cli;
