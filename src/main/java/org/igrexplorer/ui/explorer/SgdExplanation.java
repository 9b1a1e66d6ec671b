package org.igrexplorer.ui.explorer;

import java.util.Locale;
import org.igrexplorer.core.Numbers;

/**
 * The window's one line on what SGD's term in Ẽ_SGD = E + (h/4)‖∇E‖² + ((n − B)/(n − 1))·(h/(4B))·Γ does for
 * the current data set and batch size.
 */
public final class SgdExplanation {

    private SgdExplanation() {
    }

    /**
     * @param paper whether the per-example loss is the paper's model (then Γ = (a² + b²)·var(xᵢrᵢ))
     * @param n     the number of points
     * @param batch the batch size B, a divisor of n
     * @return the line
     */
    public static String line(boolean paper, int n, int batch) {
        if (n == 1) {
            return "One point: SGD is gradient descent, and Ẽ_SGD is GD's Ẽ (no SGD term).";
        }
        if (batch == n) {
            return String.format(Locale.ROOT, "B = n = %d: every batch is the whole data set, SGD is gradient descent "
                    + "and Ẽ_SGD is GD's Ẽ (no SGD term). A smaller B adds one.", n);
        }
        double weight = (n - batch) / (double) (batch * (n - 1));
        if (paper) {
            return String.format(Locale.ROOT, "SGD's term here: + (h/4)(a² + b²)·%s·var(xᵢrᵢ), rᵢ = yᵢ − abxᵢ "
                    + "(n = %d, B = %d): it pulls toward balanced, small-norm minima, unless the data are fit exactly "
                    + "(then every xᵢrᵢ = 0 on the minima).", Numbers.significant(weight, 3), n, batch);
        }
        return String.format(Locale.ROOT, "SGD's term here: + (h/4)·%s·Γ, Γ = (1/n)Σ‖∇ℓᵢ − ∇E‖² (n = %d, B = %d): it "
                + "pulls toward where the per-example gradients agree.", Numbers.significant(weight, 3), n, batch);
    }

}
