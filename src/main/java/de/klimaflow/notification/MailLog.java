package de.klimaflow.notification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;

import jakarta.persistence.criteria.Predicate;

/** Reading the mail log: the searchable Outbox and the mails of one entity or process. */
@Service
@Transactional(readOnly = true)
public class MailLog {

    public static final int MAX_SEARCH_LENGTH = 200;

    private final OutboundMailRepository mails;
    private final List<MailReaders> readers;
    private final CurrentUser currentUser;

    public MailLog(OutboundMailRepository mails, List<MailReaders> readers, CurrentUser currentUser) {
        this.mails = mails;
        this.readers = readers;
        this.currentUser = currentUser;
    }

    /** A page of the mails the signed-in user may read, newest first; offset is a multiple of limit, as the grid asks. */
    public List<MailSummary> search(MailSearch search, int offset, int limit) {
        int page = limit == 0 ? 0 : offset / limit;
        return mails
                .findAll(
                        matching(search).and(readable()),
                        PageRequest.of(
                                page, Math.max(limit, 1), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))))
                .stream()
                .map(MailSummary::of)
                .toList();
    }

    public long count(MailSearch search) {
        return mails.count(matching(search).and(readable()));
    }

    /** Operators read every mail; everybody else the mails of their groups' work. */
    private Specification<OutboundMail> readable() {
        List<String> groups = currentUser.groups();
        if (groups.contains(Groups.OPERATORS)) {
            return (root, query, cb) -> cb.conjunction();
        }
        Set<String> types = new HashSet<>();
        readers.forEach(feature -> feature.groupsByRelatedType().forEach((type, readingGroups) -> {
            if (readingGroups.stream().anyMatch(groups::contains)) {
                types.add(type);
            }
        }));
        return (root, query, cb) ->
                types.isEmpty() ? cb.disjunction() : root.get("relatedType").in(types);
    }

    /** Every logged mail to this address, oldest first: for a data subject's access request. */
    public List<MailSummary> toAddress(String email) {
        return mails.findByRecipientEmailIgnoreCaseOrderByCreatedAtAsc(email.strip()).stream()
                .map(MailSummary::of)
                .toList();
    }

    /** Erases address, name and text of every logged mail of that kind of work to this address; returns how many. */
    @Transactional
    public int eraseAddress(String email, String relatedType) {
        List<OutboundMail> found = mails.findByRecipientEmailIgnoreCaseOrderByCreatedAtAsc(email.strip()).stream()
                .filter(mail -> relatedType.equals(mail.getRelatedType()))
                .toList();
        found.forEach(OutboundMail::erase);
        return found.size();
    }

    public List<MailSummary> ofProcess(String processInstanceId) {
        return mails.findByProcessInstanceIdOrderByCreatedAtDesc(processInstanceId).stream()
                .map(MailSummary::of)
                .toList();
    }

    public List<MailSummary> ofEntity(String relatedType, String relatedId) {
        return mails
                .findByRelatedTypeAndRelatedIdOrderByCreatedAtDesc(relatedType, relatedId, PageRequest.of(0, 200))
                .stream()
                .map(MailSummary::of)
                .toList();
    }

    private static Specification<OutboundMail> matching(MailSearch search) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (search.status() != null) {
                where.add(cb.equal(root.get("status"), search.status()));
            }
            String text = search.text() == null ? "" : search.text().strip();
            if (!text.isEmpty()) {
                String pattern = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("recipientEmail")), pattern, '\\'),
                        cb.like(cb.lower(root.get("recipientName")), pattern, '\\'),
                        cb.like(cb.lower(root.get("subject")), pattern, '\\'),
                        cb.like(cb.lower(root.get("kind")), pattern, '\\'),
                        cb.like(cb.lower(root.get("businessKey")), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Searches for the text as typed: % and _ are not wildcards here. */
    private static String escape(String text) {
        String limited = text.length() > MAX_SEARCH_LENGTH ? text.substring(0, MAX_SEARCH_LENGTH) : text;
        return limited.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
