/** Pages of the secretariat's decisions, the register and the auditor's trail of a conferred award. */
package vn.thidua.web.conferral;
