package vn.thidua.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.Failures;
import vn.thidua.platform.i18n.Messages;

/**
 * Turns a {@link BusinessException} (or a refused EJB call) thrown by a backing bean's service call into an error
 * message on the same page, in the user's language. The page re-renders with everything the user typed; anything
 * else goes on to the error pages.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            BusinessException business = Failures.businessCause(events.next().getContext().getException());
            if (business != null) {
                String text = Messages.format(faces.getViewRoot().getLocale(), business.getMessageKey(),
                        business.getArguments());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                faces.validationFailed();
                faces.renderResponse();
                events.remove();
            }
        }
        getWrapped().handle();
    }

    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
