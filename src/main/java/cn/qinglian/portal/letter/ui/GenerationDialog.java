package cn.qinglian.portal.letter.ui;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.base.ui.BackgroundJob;
import cn.qinglian.portal.letter.GenerationResult;
import cn.qinglian.portal.letter.LetterGeneration;
import cn.qinglian.portal.organisation.OrgUnit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.LocalDate;
import java.util.List;

/**
 * 生成承诺书: makes the year's letters for every serving cadre (or the chosen villages and groups) with
 * progress, then says how many it made and whom it skipped, and why. Running it again is safe.
 */
class GenerationDialog extends Dialog {

    final GenerationForm form;
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span status = new Span();
    final Div outcome = new Div();
    final Button start = new Button("生成", VaadinIcon.MAGIC.create());
    private final LetterGeneration generation;
    private final SecurityContextHolderStrategy contexts;
    private final SerializableRunnable done;

    GenerationDialog(LetterGeneration generation, SecurityContextHolderStrategy contexts, List<OrgUnit> villages,
                     int chosenYear, SerializableRunnable done) {
        this.generation = generation;
        this.contexts = contexts;
        this.done = done;
        LocalDate today = LocalDate.now(BaseConfiguration.ZONE);
        form = new GenerationForm(villages, today.getYear(), chosenYear, today);
        setHeaderTitle("生成承诺书");
        setWidth("40rem");
        progress.setVisible(false);
        outcome.addClassName("generation-outcome");
        Paragraph hint = new Paragraph("按年度为在任村居干部生成廉洁承诺书，按现任最高职务套用对应模板。"
                + "已有本年度承诺书的干部会被跳过，可放心重复执行（如新任干部补签）。");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        add(hint, form, progress, status, outcome);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> form.request().ifPresent(this::run));
        getFooter().add(new Button("关闭", e -> close()), start);
    }

    private void run(cn.qinglian.portal.letter.GenerationRequest request) {
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        outcome.removeAll();
        status.setText("正在核对干部和模板…");
        BackgroundJob.start(ui, BackgroundJob.asSignedInUser(contexts, () -> {
            try {
                return generation.generate(request, (written, total) -> BackgroundJob.update(ui, () -> {
                    progress.setValue(total == 0 ? 1 : written / (double) total);
                    status.setText("正在生成：" + written + " / " + total);
                }));
            } catch (ValidationFailedException e) {
                ui.access(() -> form.show(e.fieldErrors()));
                return null;
            }
        }), this::show, this::reset);
    }

    private void show(GenerationResult result) {
        reset();
        if (result == null) {
            return;
        }
        status.setText("");
        Paragraph created = new Paragraph("新生成 " + result.created() + " 份承诺书"
                + (result.skippedCount() == 0 ? "。" : "，跳过 " + result.skippedCount() + " 人："));
        created.addClassName("generated-count");
        created.getStyle().set("font-weight", "600");
        outcome.add(created);
        for (GenerationResult.Skip skip : result.skipped()) {
            List<String> names = skip.names();
            String shown = String.join("、", names.subList(0, Math.min(8, names.size())))
                    + (names.size() > 8 ? " 等" : "");
            Div line = new Div(skip.reason() + "：" + names.size() + " 人（" + shown + "）");
            line.addClassName("skip-reason");
            line.getStyle().set("font-size", "var(--lumo-font-size-s)");
            outcome.add(line);
        }
        done.run();
    }

    private void reset() {
        start.setEnabled(true);
        progress.setVisible(false);
    }
}
