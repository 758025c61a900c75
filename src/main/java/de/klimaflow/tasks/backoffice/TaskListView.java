package de.klimaflow.tasks.backoffice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import de.klimaflow.platform.Formats;
import de.klimaflow.tasks.TaskFilter;
import de.klimaflow.tasks.TaskNotAvailableException;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.TaskSort;
import de.klimaflow.tasks.WorkTaskService;
import de.klimaflow.ui.ProcessLabels;

import jakarta.annotation.security.PermitAll;

/** The staff's main screen: their tasks and their groups' tasks, paged and sorted by the database. */
@Route("")
@PermitAll
@Menu(title = "nav.tasks", order = 0)
public class TaskListView extends VerticalLayout implements HasDynamicTitle {

    static final String OVERDUE_PART = "overdue";

    private final WorkTaskService tasks;
    private final Grid<TaskRow> grid = new Grid<>();
    private final Map<Tab, TaskFilter> filters;
    private final Clock clock;
    private TaskFilter filter = TaskFilter.OPEN_FOR_ME;

    public TaskListView(WorkTaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        setSizeFull();
        addClassName("task-list-view");

        Tab open = new Tab(getTranslation("tasks.tab.open"));
        Tab mine = new Tab(getTranslation("tasks.tab.mine"));
        Tab groups = new Tab(getTranslation("tasks.tab.groups"));
        filters = Map.of(open, TaskFilter.OPEN_FOR_ME, mine, TaskFilter.ASSIGNED_TO_ME, groups, TaskFilter.MY_GROUPS);
        Tabs tabs = new Tabs(open, mine, groups);
        tabs.addSelectedChangeListener(
                event -> showFilter(filters.getOrDefault(event.getSelectedTab(), TaskFilter.OPEN_FOR_ME)));

        configureGrid();
        add(new H2(getTranslation("tasks.title")), tabs, grid);
        showFilter(TaskFilter.OPEN_FOR_ME);
    }

    private void configureGrid() {
        Instant now = clock.instant();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("tasks.title"));
        grid.addColumn(this::taskName)
                .setHeader(getTranslation("tasks.col.name"))
                .setKey(TaskSort.Property.NAME.name())
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(row -> ProcessLabels.process(this, row.processDefinitionKey(), row.processName()))
                .setHeader(getTranslation("tasks.col.process"))
                .setKey("process");
        grid.addColumn(TaskRow::businessObject)
                .setHeader(getTranslation("tasks.col.businessObject"))
                .setKey("businessObject")
                .setFlexGrow(2);
        grid.addColumn(row -> row.assigneeName() == null ? "" : row.assigneeName())
                .setHeader(getTranslation("tasks.col.assignee"))
                .setKey("assignee");
        grid.addComponentColumn(row -> dueCell(row, now))
                .setHeader(getTranslation("tasks.col.due"))
                .setKey(TaskSort.Property.DUE.name())
                .setSortable(true);
        grid.addColumn(row -> Formats.dateTime(row.followUp()))
                .setHeader(getTranslation("tasks.col.followUp"))
                .setKey(TaskSort.Property.FOLLOW_UP.name())
                .setSortable(true);
        grid.addColumn(row -> priorityLabel(row.priority()))
                .setHeader(getTranslation("tasks.col.priority"))
                .setKey(TaskSort.Property.PRIORITY.name())
                .setSortable(true);
        grid.addColumn(row -> Formats.dateTime(row.created()))
                .setHeader(getTranslation("tasks.col.created"))
                .setKey(TaskSort.Property.CREATED.name())
                .setSortable(true);
        Grid.Column<TaskRow> actionsColumn = grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("tasks.col.actions"))
                .setKey("actions")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setPartNameGenerator(row -> row.isOverdue(now) ? OVERDUE_PART : null);
        // on a laptop the actions stay in view at the row's end, and one click on a row opens its task
        actionsColumn.setFrozenToEnd(true);
        grid.addItemClickListener(event -> {
            if (event.getColumn() != actionsColumn) {
                open(event.getItem());
            }
        });
        grid.setMultiSort(true);
        grid.setSizeFull();
    }

    private String taskName(TaskRow row) {
        return ProcessLabels.element(this, row.processDefinitionKey(), row.taskDefinitionKey(), row.name());
    }

    private void showFilter(TaskFilter selected) {
        this.filter = selected;
        // an empty list says so, and where new work comes from
        grid.setEmptyStateText(getTranslation("tasks.empty." + selected.name()));
        grid.setItems(
                query ->
                        tasks.list(filter, query.getOffset(), query.getLimit(), sortOf(query.getSortOrders())).stream(),
                query -> (int) tasks.count(filter));
    }

    private static List<TaskSort> sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new TaskSort(
                        TaskSort.Property.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    private Component dueCell(TaskRow row, Instant now) {
        Span due = new Span(Formats.dateTime(row.due()));
        if (!row.isOverdue(now)) {
            return due;
        }
        // not by colour alone: the word says it too (WCAG 1.4.1)
        Span badge = new Span(getTranslation("tasks.overdue"));
        badge.getElement().getThemeList().add("badge error small");
        HorizontalLayout cell = new HorizontalLayout(due, badge);
        cell.setSpacing(true);
        cell.setPadding(false);
        return cell;
    }

    private String priorityLabel(int priority) {
        if (priority > 50) {
            return getTranslation("tasks.priority.high", priority);
        }
        if (priority < 50) {
            return getTranslation("tasks.priority.low", priority);
        }
        return getTranslation("tasks.priority.normal", priority);
    }

    private Component actions(TaskRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (!row.isAssigned()) {
            Button claim = new Button(
                    getTranslation("tasks.claim"), click -> run(() -> tasks.claim(row.id()), "tasks.claimed"));
            claim.addClassName("claim");
            claim.setAriaLabel(getTranslation("tasks.claimAria", taskName(row), row.businessObject()));
            actions.add(claim);
        } else {
            Button unclaim = new Button(
                    getTranslation("tasks.unclaim"), click -> run(() -> tasks.unclaim(row.id()), "tasks.unclaimed"));
            unclaim.addClassName("unclaim");
            unclaim.setAriaLabel(getTranslation("tasks.unclaimAria", taskName(row), row.businessObject()));
            actions.add(unclaim);
        }
        Button open = new Button(getTranslation("tasks.open"), click -> open(row));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("open");
        open.setAriaLabel(getTranslation("tasks.openAria", taskName(row), row.businessObject()));
        actions.add(open);
        return actions;
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notification.show(getTranslation(successKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TaskNotAvailableException e) {
            Notification.show(getTranslation("tasks.notAvailable")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    private void open(TaskRow row) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, row.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title") + " · klimaflow";
    }
}
