package io.github.camelbitbucket.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 1: requests per second of each contender for a read (getWorkspace) and a write (createIssue), 1 and 8 callers. */
final class ProducerOverheadCase implements BenchCase {

    @Override
    public String title() {
        return "1. Producer overhead (requests/s)";
    }

    @Override
    public boolean usesServerJvm() {
        return true;
    }

    @Override
    public void run(Benchmark harness, Report report) throws Exception {

        report.append("| case | raw HttpClient 5 + Jackson | camel-http route a user writes | raw client in a Camel route")
                .append(" (Camel floor) | camel-bitbucket | vs raw | vs camel-http | vs floor |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (String action : List.of("getWorkspace", "createIssue")) {
            for (int threads : new int[] { 1, 8 }) {
                Map<String, Measure.Spread> s = harness.measureAll(action, threads, Contenders.PRODUCER_KINDS);
                double vsRaw = s.get("camel").median() / s.get("raw").median();
                double vsHttp = s.get("camel").median() / s.get("http").median();
                double target = threads == 1 ? 0.95 : 0.90;
                report.format("| %s, %d caller%s | %s | %s | %s | %s | %.2f | %.2f | %.2f |%n",
                        action, threads, threads == 1 ? "" : "s", s.get("raw").cell(), s.get("http").cell(),
                        s.get("floor").cell(), s.get("camel").cell(), vsRaw, vsHttp,
                        s.get("camel").median() / s.get("floor").median());
                report.result(action + "/" + threads, s.get("camel").median(), vsRaw, vsHttp);
                report.verdict(String.format(Locale.ROOT, "%s, %d caller(s): %.3f x raw (target %.2f: %s); %.2f x the"
                                                        + " camel-http route (target 1.20: %s)",
                        action, threads, vsRaw, target, vsRaw >= target ? "met" : "MISSED", vsHttp,
                        vsHttp >= 1.2 ? "met" : "MISSED"));
            }
        }
        report.append("\n");
    }
}
