package dev.kizuna.server.analysis;

import dev.kizuna.assessment.Assessment;
import dev.kizuna.assessment.AssessmentReport;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.dataset.VersionDiff;
import dev.kizuna.supply.model.Basis;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The analyses of one version, memoised on the version (which never changes). */
@Service
public class AnalysisService {
    private final ChokepointRanking chokepoints;

    public AnalysisService(ChokepointRanking chokepoints) {
        this.chokepoints = chokepoints;
    }

    public Assessment.Result assessment(LoadedVersion version, Basis basis) {
        return version.memo("assess:" + basis.key(),
                v -> Assessment.assess(v.network(), v.dataset().fleet(), basis));
    }

    public AssessmentReport assess(LoadedVersion version, Basis basis) {
        return assessment(version, basis).report();
    }

    public Views.Dashboard dashboard(LoadedVersion version) {
        return version.memo("dashboard", v -> {
            Assessment.Result result = assessment(v, Basis.LOCATION);
            AssessmentReport report = result.report();
            List<Views.SystemCard> cards = report.systems().stream().map(s -> new Views.SystemCard(s.id(), s.name(),
                    s.value(), s.content().location(), s.content().control(), s.coverage(),
                    s.concernExposures().size())).toList();
            List<String> notes = new ArrayList<>(result.warnings());
            v.warnings().forEach(w -> notes.add(w.toString()));
            ChokepointRanking.Ranking ranking = chokepoints.rank(v, 10);
            notes.addAll(ranking.notes());
            return new Views.Dashboard(v.summary(), report.dataset(), report.fleet(), cards, ranking.chokepoints(),
                    report.singleSourceParts(), List.copyOf(notes));
        });
    }

    public VersionDiff diff(LoadedVersion from, LoadedVersion to) {
        return VersionDiff.between(from, to, assess(from, Basis.LOCATION), assess(to, Basis.LOCATION));
    }

    public static Basis basis(String text) {
        try {
            return Basis.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("basis must be location or control, not '" + text + "'");
        }
    }
}
