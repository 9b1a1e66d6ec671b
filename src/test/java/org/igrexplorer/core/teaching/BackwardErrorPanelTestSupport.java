package org.igrexplorer.core.teaching;

/** Shared analytic values of the default preset for the teaching tests. */
final class BackwardErrorPanelTestSupport {

    private BackwardErrorPanelTestSupport() {
    }

    /** Top |eigenvalue| of the Hessian [[12.25, 19], [19, 7.84]] at (2.8, 3.5), x = 1, y = 0.6. */
    static double ellAtDefault() {
        return 10.045 + Math.sqrt(2.205 * 2.205 + 19.0 * 19.0);
    }
}
