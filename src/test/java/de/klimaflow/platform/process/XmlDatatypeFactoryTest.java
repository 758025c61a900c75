package de.klimaflow.platform.process;

import java.io.IOException;
import java.net.URL;
import java.util.Date;
import java.util.Enumeration;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.junit.jupiter.api.Test;

import de.klimaflow.support.KlimaflowTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A timer's due date is computed without a search of the class path for an XML factory. */
@KlimaflowTest
class XmlDatatypeFactoryTest {

    private static final String PROVIDER_FILE = "META-INF/services/" + DatatypeFactory.class.getName();

    @Test
    void aTimersDurationIsResolvedWithoutSearchingForAProvider() throws Exception {
        assertThat(providerSearchesWhile(() -> new DurationHelper("PT48H", new Date()).getDateAfter()))
                .isZero();
    }

    @Test
    void withoutTheNamedFactoryEveryDurationSearchesTheClassPath() throws Exception {
        // the control: the counting class loader does see the search the engine plugin saves
        String named = System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        try {
            assertThat(providerSearchesWhile(() -> new DurationHelper("PT48H", new Date()).getDateAfter()))
                    .isEqualTo(1);
        } finally {
            if (named != null) {
                System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, named);
            }
        }
    }

    private static int providerSearchesWhile(Work work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        CountingLoader counting = new CountingLoader(original);
        thread.setContextClassLoader(counting);
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(original);
        }
        return counting.searches;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static final class CountingLoader extends ClassLoader {

        int searches;

        CountingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals(PROVIDER_FILE)) {
                searches++;
            }
            return super.getResources(name);
        }
    }
}
