/**
 * The outside world's plumbing: clock, web configuration, errors as RFC 9457 problem details, and
 * the application's settings ({@link vn.thidua.system.ThiduaProperties}).
 * <p>
 * Open: every module reads its settings from here, and the problem details map every module's
 * exceptions, so the dependencies run both ways by design; an open module is left out of Spring
 * Modulith's cycle check (cycles between the other modules are still reported).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.thidua.system;

import org.springframework.modulith.ApplicationModule;
