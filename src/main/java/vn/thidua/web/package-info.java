/**
 * The web: the REST API ({@code api}) and the pages, by who uses them: the start page and login
 * ({@code site}), the secretariat's runs ({@code runs}), the public lists ({@code publiclist}),
 * users ({@code admin}), policy staff ({@code policy}), auditors ({@code audit}) and the council
 * ({@code council}). Controllers only call modules.
 */
package vn.thidua.web;
