package org.igrexplorer.core.session;

import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import org.igrexplorer.core.dynamics.Method;
import org.igrexplorer.core.dynamics.RunParameters;
import org.igrexplorer.core.loss.LandscapeSpec;
import org.igrexplorer.core.loss.Landscapes;
import org.igrexplorer.core.loss.ViewBox;

/** Seeded random valid session states for tests. */
final class SessionStates {

    private static final String[] TYPED = {"(1-a)^2 + k*(b-a^2)^2", "log(1 + exp(-a*b)) + k", "(a^2+b^2-1)^2/4",
        "sin(a)*cos(k*b)"};

    private SessionStates() {
    }

    static SessionState random(Random rnd) {
        RunParameters p = RunParameters.paper(rnd.nextGaussian() * 3, rnd.nextGaussian(), rnd.nextGaussian() * 50,
                rnd.nextGaussian() * 50, Math.exp(-12 * rnd.nextDouble()), rnd.nextDouble() * 10,
                1 + rnd.nextInt(RunParameters.MAX_STEPS));
        // a third on other built-ins, a third on typed losses (format version 2)
        int kind = rnd.nextInt(3);
        if (kind == 1) {
            String name = Landscapes.names().get(rnd.nextInt(Landscapes.names().size()));
            p = p.withModel(Landscapes.defaultSpec(name).orElseThrow());
        } else if (kind == 2) {
            p = p.withModel(LandscapeSpec.typed(TYPED[rnd.nextInt(TYPED.length)], Map.of("k", rnd.nextGaussian())));
        }
        EnumSet<Method> curves = EnumSet.noneOf(Method.class);
        for (Method m : Method.values()) {
            if (rnd.nextBoolean()) {
                curves.add(m);
            }
        }
        EnumSet<Panel> panels = EnumSet.noneOf(Panel.class);
        for (Panel m : Panel.values()) {
            if (rnd.nextBoolean()) {
                panels.add(m);
            }
        }
        double aMin = rnd.nextGaussian() * 10;
        double bMin = rnd.nextGaussian() * 10;
        Camera cam = new Camera(rnd.nextDouble() * 720 - 360, rnd.nextDouble() * 180 - 90, 1e-3 + rnd.nextDouble() * 50,
                rnd.nextGaussian(), rnd.nextGaussian());
        ViewBox box = new ViewBox(aMin, aMin + 1e-6 + rnd.nextDouble() * 100, bMin, bMin + 1e-6 + rnd.nextDouble() * 100);
        String preset = rnd.nextBoolean() ? null : Presets.all().get(rnd.nextInt(Presets.all().size())).id();
        return new SessionState(p, curves, cam, box, HeightMode.values()[rnd.nextInt(2)], panels, preset);
    }
}
