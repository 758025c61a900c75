package de.klimaflow.consultation.backoffice;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.ui.Bar;

/**
 * The consultation pipeline as a picture: one bar per open stage, as long as its share of the open
 * cases, with how long the longest case has been waiting there. The same figures stand as text.
 */
public class PipelineChart extends Composite<Div> {

    public PipelineChart(List<CaseQueries.Stage> stages) {
        Div root = getContent();
        root.addClassName("pipeline");
        int most = Math.max(
                1, stages.stream().mapToInt(CaseQueries.Stage::cases).max().orElse(1));
        for (CaseQueries.Stage stage : stages) {
            Bar row = new Bar(
                    getTranslation(
                            // no "0 Fälle, der längste seit 0 Tagen", no "1 Fälle"
                            stage.cases() == 0
                                    ? "case.pipeline.empty"
                                    : stage.cases() == 1 ? "case.pipeline.one" : "case.pipeline.line",
                            getTranslation("case.stage." + stage.stage().name()),
                            stage.cases(),
                            stage.longestDays()),
                    stage.cases() * 100L / most,
                    stage.longestDays() > 28 ? Bar.Level.WARNING : Bar.Level.NORMAL);
            row.addClassName("pipeline-stage");
            root.add(row);
        }
    }
}
