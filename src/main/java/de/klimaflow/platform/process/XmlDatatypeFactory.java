package de.klimaflow.platform.process;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own XML datatype factory before the engine starts. Camunda asks for a new one each time it
 * computes a timer's due date from a duration (the opt-in's PT48H, every reminder), and unnamed,
 * {@link DatatypeFactory#newInstance()} first searches every jar of the class path for another provider. In the
 * packaged jar that search was 4.6 % of the app's CPU while registrations came in (src/bench/notes.md). No jar of
 * ours provides one, so the search always ended with this very class.
 */
@Component
public class XmlDatatypeFactory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
            System.setProperty(
                    DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
