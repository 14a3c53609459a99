/** Who may use the application: users with BCrypt-hashed passwords, roles and units, the first administrator, and the security rules. */
package vn.thidua.accounts;
