package cn.qinglian.portal.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.List;

/** An Upload that speaks Chinese, and the red line under it where a refusal is shown. */
public final class Uploads {

    private Uploads() {
    }

    /** Files are held in memory: the limits (10 or 20 MB) are small and the services take byte arrays. */
    public static Upload inMemory(InMemoryUploadCallback received, int maxBytes, int maxFiles, String buttonText,
                           String... acceptedExtensions) {
        Upload upload = new Upload(UploadHandler.inMemory(received));
        upload.setMaxFileSize(maxBytes);
        upload.setMaxFiles(maxFiles);
        upload.setAcceptedFileTypes(acceptedExtensions);
        upload.setI18n(i18n(buttonText, maxBytes));
        upload.setWidthFull();
        return upload;
    }

    public static UploadI18N i18n(String buttonText, int maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(buttonText).setMany(buttonText));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("或将文件拖放到此处").setMany("或将文件拖放到此处"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("文件数量超过上限")
                .setFileIsTooBig("文件超过" + maxBytes / (1024 * 1024) + "MB")
                .setIncorrectFileType("不支持的文件类型"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("正在连接…").setStalled("上传停滞")
                        .setProcessing("正在处理…").setHeld("等待上传"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：")
                        .setUnknown("剩余时间未知"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("服务器暂时无法访问，请稍后重试")
                        .setUnexpectedServerError("上传失败，请重试").setForbidden("无权上传")
                        .setFileTooLarge("文件过大")));
        i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
        i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB"));
        return i18n;
    }

    /** A line for a refusal under an upload; hidden while empty. */
    public static Span errorLine() {
        Span s = new Span();
        s.addClassName("upload-error");
        s.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        s.setVisible(false);
        return s;
    }

    public static void show(Span line, String message) {
        line.setText(message);
        line.setVisible(!message.isEmpty());
    }
}
