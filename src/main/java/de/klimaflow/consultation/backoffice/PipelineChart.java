package de.klimaflow.consultation.backoffice;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import de.klimaflow.consultation.ConsultationService;

/**
 * The consultation pipeline as a picture: one bar per open stage, as long as its share of the open
 * cases, with how long the longest case has been waiting there. The same figures stand as text.
 */
public class PipelineChart extends Composite<Div> {

    public PipelineChart(List<ConsultationService.Stage> stages) {
        Div root = getContent();
        root.addClassName("pipeline");
        int most = Math.max(1, stages.stream().mapToInt(ConsultationService.Stage::cases).max().orElse(1));
        for (ConsultationService.Stage stage : stages) {
            Div row = new Div();
            row.addClassName("capacity");
            row.addClassName("pipeline-stage");
            Span label = new Span(getTranslation("case.pipeline.line", getTranslation("case.stage." + stage.stage().name()),
                    stage.cases(), stage.longestDays()));
            label.addClassName("capacity-label");
            Div fill = new Div();
            fill.addClassName("capacity-fill");
            fill.setWidth((stage.cases() * 100 / most) + "%");
            if (stage.longestDays() > 28) {
                fill.addClassName("almost-full");
            }
            Div bar = new Div(fill);
            bar.addClassName("capacity-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            row.add(label, bar);
            root.add(row);
        }
    }
}
