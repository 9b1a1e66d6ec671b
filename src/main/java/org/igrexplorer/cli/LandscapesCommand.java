package org.igrexplorer.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.igrexplorer.core.loss.Landscape;
import org.igrexplorer.core.loss.Landscapes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code landscapes}: the built-in landscapes with name, formula and what each shows. */
@Command(name = "landscapes", mixinStandardHelpOptions = true,
        description = {"List the built-in landscapes (for --landscape NAME): name, formula, constants and what it shows.",
                "A typed loss (--loss EXPR, constants with --const NAME=VALUE) is " + Landscapes.TYPED_SYNTAX})
public final class LandscapesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Landscape l : Landscapes.builtins()) {
            StringBuilder c = new StringBuilder();
            l.spec().constants().forEach((k, v) -> c.append(c.length() == 0 ? "" : ", ").append(k).append(" = ")
                    .append(v));
            out.println(String.format(Locale.ROOT, "%-11s E(a,b) = %s%s", l.spec().name(), l.formulaText(),
                    c.length() == 0 ? "" : "   [" + c + "]"));
            out.println("            " + l.displayName() + ": " + l.explanation());
        }
        out.flush();
        return 0;
    }
}
