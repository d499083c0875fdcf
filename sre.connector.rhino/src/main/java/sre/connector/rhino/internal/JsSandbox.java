package sre.connector.rhino.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import sre.api.code.CodeConnector;

/**
 * Runs untrusted JavaScript with Rhino: only the safe standard objects (no {@code Packages}, {@code
 * java}, {@code importClass}), every Java class refused, no I/O or environment, and a budget of CPU
 * time and allocated bytes checked while the script runs, on the thread that runs it.
 */
final class JsSandbox {
  private final ContextFactory factory = new LimitedFactory();

  /** Evaluates {@code source}; returns the value as plain Java (Map, List, String, Long...). */
  Object eval(String source, Duration cpuLimit, long allocationLimit) {
    Context cx = factory.enterContext();
    try {
      cx.setLanguageVersion(Context.VERSION_ES6);
      cx.setOptimizationLevel(-1);
      cx.setClassShutter(name -> false);
      cx.setInstructionObserverThreshold(10_000);
      cx.putThreadLocal(Budget.class, new Budget(cpuLimit, allocationLimit));
      Scriptable scope = cx.initSafeStandardObjects(null, true);
      Object result = cx.evaluateString(scope, source, "main", 1, null);
      return toJava(result);
    } catch (RhinoException e) {
      throw new SandboxException(e.details() != null ? e.details() : e.getMessage());
    } finally {
      Context.exit();
    }
  }

  private static Object toJava(Object value) {
    if (value == null || value instanceof Undefined) {
      return null;
    }
    if (value instanceof NativeArray a) {
      List<Object> out = new ArrayList<>();
      for (Object o : a) {
        out.add(toJava(o));
      }
      return out;
    }
    if (value instanceof NativeObject o) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Object id : o.getIds()) {
        out.put(String.valueOf(id), toJava(ScriptableObject.getProperty(o, String.valueOf(id))));
      }
      return out;
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }
    if (value instanceof Boolean) {
      return value;
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    return Context.toString(value);
  }

  /** A script stopped by the sandbox or failed. */
  static final class SandboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SandboxException(String message) {
      super(message, null, false, false);
    }
  }

  /** CPU time and allocation limits of one evaluation, measured on the evaluating thread. */
  private static final class Budget {
    private final long cpuDeadline;
    private final long allocationEnd;
    private final long wallDeadline;

    Budget(Duration cpu, long allocation) {
      this.cpuDeadline = cpuNanos() + cpu.toNanos();
      this.allocationEnd = allocated() + allocation;
      // A script that waits instead of computing (or a starved thread) is stopped too.
      this.wallDeadline = System.nanoTime() + cpu.toNanos() * 4;
    }

    void check() {
      if (cpuNanos() > cpuDeadline || System.nanoTime() > wallDeadline) {
        throw new SandboxException(CodeConnector.STOPPED + "CPU time limit exceeded");
      }
      if (allocated() > allocationEnd) {
        throw new SandboxException(CodeConnector.STOPPED + "memory limit exceeded");
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new SandboxException(CodeConnector.STOPPED + "the sandbox is shutting down");
      }
    }

    private static long cpuNanos() {
      return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long allocated() {
      if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
        return t.getThreadAllocatedBytes(Thread.currentThread().getId());
      }
      return 0;
    }
  }

  /** Checks the budget every few thousand instructions. */
  private static final class LimitedFactory extends ContextFactory {
    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
      Object budget = cx.getThreadLocal(Budget.class);
      if (budget instanceof Budget b) {
        b.check();
      }
    }
  }
}
