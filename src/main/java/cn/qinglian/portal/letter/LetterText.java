package cn.qinglian.portal.letter;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Template text with {占位符}: finds malformed or unknown placeholders (saying where: which pledge or
 * paragraph, which character) and fills them. Full-width braces ｛｝ count as braces, since they are what a
 * Chinese input method types.
 */
public final class LetterText {

    private LetterText() {
    }

    /** The first problem of a one-line text, e.g. "第12字：未知占位符{性别}…". */
    public static Optional<String> problem(String text) {
        return problemIn(text, "");
    }

    /** The first problem of a text whose lines are paragraphs; {@code unit} is "条" for pledges, "段" otherwise. */
    public static Optional<String> problemInLines(String text, String unit) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> p = problemIn(lines.get(i), "第" + (i + 1) + unit);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problemIn(String line, String where) {
        int open = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            String at = where + "第" + (i + 1) + "字：";
            if (isOpen(c)) {
                if (open >= 0) {
                    return Optional.of(where + "第" + (open + 1) + "字：“" + line.charAt(open) + "”没有对应的“}”");
                }
                open = i;
            } else if (isClose(c)) {
                if (open < 0) {
                    return Optional.of(at + "“" + c + "”前面没有对应的“{”");
                }
                String name = line.substring(open + 1, i).trim();
                String from = where + "第" + (open + 1) + "字：";
                if (name.isEmpty()) {
                    return Optional.of(from + "占位符“{}”中没有名称，可用的占位符：" + Placeholder.all());
                }
                if (Placeholder.byLabel(name).isEmpty()) {
                    return Optional.of(from + "未知的占位符{" + name + "}，可用的占位符：" + Placeholder.all());
                }
                open = -1;
            }
        }
        if (open >= 0) {
            return Optional.of(where + "第" + (open + 1) + "字：“" + line.charAt(open) + "”没有对应的“}”");
        }
        return Optional.empty();
    }

    /** The text with every placeholder replaced; call only on text without problems. */
    public static String fill(String text, Map<Placeholder, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                open = i;
            } else if (isClose(c) && open >= 0) {
                Placeholder p = Placeholder.byLabel(text.substring(open + 1, i).trim()).orElseThrow();
                out.append(values.getOrDefault(p, ""));
                open = -1;
            } else if (open < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The non-blank lines of a multi-line text, trimmed: one pledge or paragraph each. */
    public static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        return lines;
    }

    private static boolean isOpen(char c) {
        return c == '{' || c == '｛';
    }

    private static boolean isClose(char c) {
        return c == '}' || c == '｝';
    }
}
