package de.klimaflow.ui;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * Date fields as the rest of the app writes dates: {@code 20.01.2027}, also in English mode, with
 * month and day names in the user's language. Typed dates are accepted as 20.01.2027, 20.1.2027 or 20.1.27.
 */
public final class DatePickers {

    /** Shown first, then tried in order when a date is typed. */
    public static final List<String> FORMATS = List.of("dd.MM.yyyy", "d.M.yyyy", "d.M.yy");

    public static void german(DatePicker picker) {
        picker.setLocale(Locale.GERMANY);
        picker.setI18n(
                i18n(picker.getTranslation("date.today"), picker.getTranslation("date.cancel"), uiLocale(picker)));
    }

    public static void german(DateTimePicker picker) {
        picker.setLocale(Locale.GERMANY);
        picker.setDatePickerI18n(
                i18n(picker.getTranslation("date.today"), picker.getTranslation("date.cancel"), uiLocale(picker)));
    }

    private static Locale uiLocale(com.vaadin.flow.component.Component component) {
        Locale locale = component
                .getUI()
                .or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElse(null);
        return locale == null || !"en".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    private static DatePicker.DatePickerI18n i18n(String today, String cancel, Locale language) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(language);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(FORMATS.get(0), FORMATS.subList(1, FORMATS.size()).toArray(String[]::new));
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        // DateFormatSymbols index days from 1 (Sunday); the picker wants them from Sunday at index 0
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(today);
        i18n.setCancel(cancel);
        return i18n;
    }

    private DatePickers() {}
}
