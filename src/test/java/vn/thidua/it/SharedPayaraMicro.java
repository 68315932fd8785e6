package vn.thidua.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Set;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * One Payara Micro for every test class of a run: Payara's adapter starts a server per deployment (about 45 s of
 * boot and demo data each time); this one keeps it running while the classes deploy the same archive, and stops it
 * when a different archive comes or the run ends. The classes share the database the way users share a server, so
 * every test makes its own data or reads the demo data that no test changes.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
    private Archive<?> deployed;
    private Set<ArchivePath> deployedContent;
    private ProtocolMetaData running;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return payara.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        payara.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        payara.start();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return payara.getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (running != null && archive.getName().equals(deployed.getName())
                && archive.getContent().keySet().equals(deployedContent)) {
            LOG.info(() -> archive.getName() + " is running already: the test class uses it");
            return running;
        }
        stopRunning();
        running = payara.deploy(archive);
        deployed = archive;
        deployedContent = Set.copyOf(archive.getContent().keySet());
        return running;
    }

    /** Kept running for the next class; {@link #stop} ends it. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("Payara Micro did not stop", e);
        }
        payara.stop();
    }

    private void stopRunning() throws DeploymentException {
        if (running != null) {
            payara.undeploy(deployed);
            running = null;
        }
    }

    /** Puts {@link SharedPayaraMicro} in the place of Payara's adapter. */
    public static class Extension implements LoadableExtension {

        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }
}
