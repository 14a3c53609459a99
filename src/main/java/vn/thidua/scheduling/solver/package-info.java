/** Internal: the planning solution and entities, the constraints, the mapping to and from the request, the solver's configuration. */
package vn.thidua.scheduling.solver;
