package sre.kernel.internal.boot;

/** When the kernel's runtime component activated (epoch millis), for boot timing. */
public interface KernelClock {
  long activatedAtMillis();
}
