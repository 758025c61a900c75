package de.klimaflow.consultation;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.tasks.BusinessObjectLabels;

/** "#12 · Stadt Burg" for the task list, for the inquiry process. */
@Component
class InquiryLabels implements BusinessObjectLabels {

    private final InquiryRepository inquiries;

    InquiryLabels(InquiryRepository inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public String processDefinitionKey() {
        return InquiryProcess.PROCESS_KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> labels(Collection<String> businessKeys) {
        var ids = businessKeys.stream().filter(key -> key.matches("\\d{1,18}")).map(Long::valueOf).toList();
        return inquiries.findAllById(ids).stream()
                .collect(Collectors.toMap(inquiry -> inquiry.getId().toString(),
                        inquiry -> InquiryDetails.of(inquiry).label()));
    }
}
