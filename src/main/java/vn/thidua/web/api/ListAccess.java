package vn.thidua.web.api;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PublicList;
import vn.thidua.evaluation.RunAccess;
import vn.thidua.system.NotFoundException;

/**
 * Who reads a published list over REST, as on the pages: the secretariat of the run's units, the Fatherland
 * Front committee overseeing one of them, the council, auditors and administrators (the roles are checked
 * by the security configuration, the units here). An unknown list is 404 whoever asks; one of other units 403.
 */
@Component
class ListAccess {

    private final Consultations consultations;
    private final RunAccess access;

    ListAccess(Consultations consultations, RunAccess access) {
        this.consultations = consultations;
        this.access = access;
    }

    PublicList readable(long listId, Account user) {
        PublicList list = consultations.find(listId).orElseThrow(() -> new NotFoundException("no public list " + listId));
        if (!access.sees(user, list.runId())) {
            throw new AccessDeniedException("list " + listId + " is of run " + list.runId() + ", which concerns none of your units");
        }
        return list;
    }

    /** Whether the user reads who commented, their contact and who answered: staff, not the Fatherland Front. */
    static boolean staff(Account user) {
        return user.has(Role.SECRETARIAT) || user.has(Role.COUNCIL) || user.has(Role.AUDITOR) || user.has(Role.ADMIN);
    }
}
