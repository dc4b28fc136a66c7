package org.markaz.core;

/** Told how far long work has come; asked whether the user has cancelled it. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String messageKey) {
        }
    };

    void progress(long done, long total, String messageKey);

    default boolean isCancelled() {
        return false;
    }
}
