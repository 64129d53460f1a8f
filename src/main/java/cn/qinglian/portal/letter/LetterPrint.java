package cn.qinglian.portal.letter;

import java.util.List;

/** A commitment letter as printed: its frozen text, placeholders already filled, and the signer. */
public record LetterPrint(String title, String salutation, String preamble, List<String> pledges, String closing,
                          String name, String village, String position, String township, int year, String dateText) {
}
