package cn.qinglian.portal.bulletin.ui;

import cn.qinglian.portal.ViewTest;
import cn.qinglian.portal.bulletin.BulletinService;
import cn.qinglian.portal.security.BrowserlessUsers;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulletin screens and the report centre, as the discipline office and a village clerk use them. */
@ViewTest
class BulletinViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired BulletinService service;

    @Test
    @WithUserDetails(value = "jijian", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
    void theClerkDraftsEditsPreviewsAndIssuesABulletin() {
        navigate(BulletinsView.class);
        BulletinsView list = $(BulletinsView.class).single();
        test(list.create).click();
        BulletinView view = $(BulletinView.class).single();
        assertThat(view.save.isVisible()).isTrue();
        assertThat(test(view.villages).size()).isPositive();

        String intro = "本月导语" + UUID.randomUUID().toString().substring(0, 6);
        test(view.form.intro).setValue(intro);
        test(view.save).click();
        assertThat(view.form.intro.getValue()).isEqualTo(intro);

        test(view.preview).click();
        Dialog preview = $(Dialog.class).last();
        assertThat(preview.isOpened()).isTrue();
        assertThat($(IFrame.class).from(preview).single().getSrc()).isNotBlank();
        preview.close();

        test(view.issue).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(view.issue.isVisible()).isFalse();
        assertThat(view.form.intro.isReadOnly()).isTrue();
        assertThat(view.correct.isVisible()).isTrue();

        navigate(BulletinsView.class);
        BulletinsView again = $(BulletinsView.class).single();
        test(again.search).setValue("清廉办");
        // the issued list holds the bulletin just issued, with its number; drafts have none and are not found
        assertThat(again.grid.getListDataView().getItems().toList()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.documentNumber()).startsWith("清廉办"))
                .anySatisfy(r -> assertThat(service.detail(r.id()).orElseThrow().narrative().intro()).isEqualTo(intro));
    }

    @Test
    @WithUserDetails(value = "cunju", userDetailsServiceBeanName = BrowserlessUsers.BEAN)
    void aVillageClerkPrintsTheirOwnDocumentsButNoBulletin() {
        navigate(ReportCentreView.class);
        ReportCentreView view = $(ReportCentreView.class).single();
        assertThat(view.bulletin.isAttached()).isFalse();
        assertThat(view.village.getListDataView().getItems().map(r -> r.villageName()).toList()).containsExactly("青溪村");
        test($(com.vaadin.flow.component.button.Button.class).withAttribute("data-report", "清单事项一览表").single()).click();
        assertThat($(Dialog.class).last().isOpened()).isTrue();
    }
}
