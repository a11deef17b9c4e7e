"""pyconc's logging package: CPython 3.11's logging, written for pyconc.

Loggers in a dotted hierarchy, records, formatters, filters and handlers,
as CPython's logging module has them and with the same output for the same
configuration.
"""

import os
import sys
import threading
import time
import traceback

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

# The time the module was imported: relativeCreated counts from it.
_startTime = time.time()

# Whether errors met while handling records are reported (handleError).
raiseExceptions = True

# Whether records carry thread, process and process-name information.
logThreads = True
logMultiprocessing = True
logProcesses = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """Return a copy of the mapping of level names to levels."""
    return _nameToLevel.copy()


def getLevelName(level):
    """Return the name of a level, or the level of a name.

    Unknown levels give "Level %s" % level.
    """
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Name a level (both ways: getLevelName maps each to the other)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


# The frames of this file are skipped when looking for a record's caller.
_srcfile = os.path.normcase(sys._getframe(0).f_code.co_filename)


def currentframe():
    """Return the frame of the caller's caller."""
    return sys._getframe(2)


# Whether os.path.normcase leaves names as they are (POSIX).
_normcaseIsIdentity = os.path.normcase("aA/") == "aA/"


def _is_internal_frame(frame):
    """Whether frame belongs to logging itself (or to the import system)."""
    filename = frame.f_code.co_filename
    if filename == _srcfile:
        return True
    filename = os.path.normcase(filename)
    return filename == _srcfile or ("importlib" in filename and "_bootstrap" in filename)


def _checkLevel(level):
    if isinstance(level, int):
        rv = level
    elif str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        rv = _nameToLevel[level]
    else:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    return rv


# The module's lock: it serialises changes to the shared state (loggers,
# handlers, level names).
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


# This module, as scripts see it.
_self = None


def _module():
    """This module as scripts see it: pyconc's functions of a module do
    not see an assignment to its attribute (logging.raiseExceptions =
    False), so the settings scripts change are read from it."""
    global _self
    if _self is None:
        import logging
        _self = logging
    return _self


# The multiprocessing module, once a record has looked for it.
_mp = None


def _processName():
    global _mp
    if _mp is None:
        import multiprocessing
        _mp = multiprocessing
    try:
        return _mp.current_process().name
    except Exception:
        return 'MainProcess'


# The (filename, module) of the paths records came from.
_pathParts = {}
_get_ident = threading.get_ident
_current_thread = threading.current_thread


class LogRecord(object):
    """One logged event: its level, message and arguments, where it was
    logged from, when, by which thread and process.
    """

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if (args and len(args) == 1 and isinstance(args[0], dict) and args[0]):
            args = args[0]
        self.args = args
        levelname = _levelToName.get(level)
        if levelname is None:
            levelname = getLevelName(level)
        self.levelname = levelname
        self.levelno = level
        self.pathname = pathname
        parts = _pathParts.get(pathname)
        if parts is None:
            try:
                filename = os.path.basename(pathname)
                parts = (filename, os.path.splitext(filename)[0])
            except (TypeError, ValueError, AttributeError):
                parts = (pathname, "Unknown module")
            if len(_pathParts) < 1000:
                _pathParts[pathname] = parts
        self.filename = parts[0]
        self.module = parts[1]
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        if logThreads:
            self.thread = _get_ident()
            self.threadName = _current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        elif _mp is not None:
            self.processName = _mp.current_process().name
        else:
            self.processName = _processName()
        if logProcesses:
            self.process = os.getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno,
                                                      self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """Return the message: str(msg), %-formatted with args if any."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Set the callable that makes records (LogRecord's signature)."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """Return the callable that makes records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """Make a record whose attributes are the items of dict."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    for k in dict:
        setattr(rv, k, dict[k])
    return rv


# Styles: how a format string takes a record's attributes.

def _percentFieldAt(fmt, i):
    """Whether a %(name)... conversion starts at fmt[i] (a '%')."""
    n = len(fmt)
    j = i + 1
    if j >= n or fmt[j] != '(':
        return False
    k = j + 1
    while k < n and (fmt[k].isalnum() or fmt[k] == '_'):
        k += 1
    if k == j + 1 or k >= n or fmt[k] != ')':
        return False
    k += 1
    while k < n and fmt[k] in '#0+ -':
        k += 1
    if k < n and fmt[k] == '*':
        k += 1
    else:
        while k < n and fmt[k].isdigit():
            k += 1
    if k < n and fmt[k] == '.':
        if k + 1 < n and fmt[k + 1] == '*':
            k += 2
        elif k + 1 < n and fmt[k + 1].isdigit():
            k += 1
            while k < n and fmt[k].isdigit():
                k += 1
    return k < n and fmt[k] in 'diouxefgcrsa%DIOUXEFGCRSA'


class PercentStyle(object):
    """The '%' style: '%(name)s' fields."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        fmt = self._fmt
        if fmt is not self._usesTimeFor:
            self._usesTime = fmt.find(self.asctime_search) >= 0
            self._usesTimeFor = fmt
        return self._usesTime

    _usesTimeFor = None
    _usesTime = False

    def validate(self):
        """Raise ValueError unless the format has a field."""
        fmt = self._fmt
        i = fmt.find('%')
        while i >= 0:
            if _percentFieldAt(fmt, i):
                return
            i = fmt.find('%', i + 1)
        raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        values = record.__dict__
        if self._defaults:
            values = self._defaults | values
        return values

    def _format(self, record):
        fmt = self._fmt
        if fmt is not self._compiledFor:
            self._compiled = _compilePercent(fmt)
            self._compiledFor = fmt
        compiled = self._compiled
        if compiled is not None and not self._defaults:
            values = [getattr(record, n, _MISSING) for n in compiled[1]]
            if _MISSING not in values:
                return compiled[0] % tuple(values)
        return fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)

    _compiledFor = None
    _compiled = None


# The value of an attribute a record lacks.
_MISSING = object()


def _compilePercent(fmt):
    """A '%(name)...' format as (positional format, names), the same text
    for the same attributes; None if it has a conversion without a name."""
    out = []
    names = []
    i = 0
    n = len(fmt)
    while True:
        j = fmt.find('%', i)
        if j < 0 or j + 1 >= n:
            out.append(fmt[i:])
            break
        if fmt[j + 1] == '%':
            out.append(fmt[i:j + 2])
            i = j + 2
            continue
        if fmt[j + 1] != '(':
            return None
        k = fmt.find(')', j + 2)
        if k < 0:
            return None
        name = fmt[j + 2:k]
        if '(' in name:
            return None
        names.append(name)
        out.append(fmt[i:j + 1])
        i = k + 1
        m = i
        while m < n and fmt[m] in '#0+ -.0123456789':
            m += 1
        if m < n and fmt[m] == '*':
            return None
    return ''.join(out), names


def _parseBraces(fmt):
    """The fields of a str.format format: a list of (name, spec, conversion)."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            body = fmt[i + 1:j - 1]
            spec = ''
            conv = None
            k = body.find(':')
            if k >= 0:
                body, spec = body[:k], body[k + 1:]
            k = body.find('!')
            if k >= 0:
                body, conv = body[:k], body[k + 1:]
                if len(conv) != 1:
                    raise ValueError("expected ':' after conversion specifier")
            out.append((body, spec, conv))
            i = j
        elif c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            i += 1
    return out


def _isIdentifierPath(name):
    """Whether name is (\\d+|\\w+)(\\.\\w+|\\[[^]]+\\])*."""
    parts = name.replace('[', '.[').split('.')
    first = parts[0]
    if not first or not first.replace('_', 'a').isalnum():
        return False
    for p in parts[1:]:
        if p.startswith('['):
            if len(p) < 3 or not p.endswith(']') or ']' in p[1:-1]:
                return False
        elif not p or not p.replace('_', 'a').isalnum():
            return False
    return True


_SPEC_TYPES = 'bcdefgnosxXEFG%'


def _isFormatSpec(spec):
    """Whether spec matches [[fill]align][sign][z][#][0][width][,_][.precision][type]."""
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        i = 1
    if i < n and spec[i] in '+- ':
        i += 1
    if i < n and spec[i] == 'z':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    while i < n and spec[i].isdigit():
        i += 1
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        if i >= n or not spec[i].isdigit():
            return False
        while i < n and spec[i].isdigit():
            i += 1
    if i < n and spec[i] in _SPEC_TYPES:
        i += 1
    return i == n


class StrFormatStyle(PercentStyle):
    """The '{' style: str.format fields."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        fmt = self._fmt
        if fmt is not self._compiledFor:
            self._compiled = _braceNames(fmt)
            self._compiledFor = fmt
        names = self._compiled
        if names is not None and not self._defaults:
            values = {}
            for name in names:
                values[name] = getattr(record, name, _MISSING)
            if _MISSING not in values.values():
                return fmt.format(**values)
        return fmt.format(**self._values(record))

    def validate(self):
        """Raise ValueError unless the format is valid and has a field."""
        fields = set()
        try:
            for fieldname, spec, conversion in _parseBraces(self._fmt):
                if fieldname:
                    if not _isIdentifierPath(fieldname):
                        raise ValueError('invalid field name/expression: %r' % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _isFormatSpec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


def _braceNames(fmt):
    """The attribute names a str.format format uses, or None."""
    try:
        fields = _parseBraces(fmt)
    except ValueError:
        return None
    names = []
    for name, spec, conv in fields:
        if '{' in spec:
            return None
        base = name.replace('[', '.').split('.')[0]
        if not base or base.isdigit():
            return None
        if base not in names:
            names.append(base)
    return names


def _isIdentStart(c):
    return c == '_' or c.isalpha()


def _templateScan(fmt, values):
    """string.Template's substitute (values a dict) or, values None, the
    list of its placeholder names; ValueError for a bad '$'.
    """
    out = []
    names = []
    i = 0
    n = len(fmt)
    while True:
        j = fmt.find('$', i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        k = j + 1
        if k < n and fmt[k] == '$':
            out.append('$')
            i = k + 1
            continue
        name = None
        if k < n and fmt[k] == '{':
            e = k + 1
            if e < n and _isIdentStart(fmt[e]):
                e += 1
                while e < n and (fmt[e].isalnum() or fmt[e] == '_'):
                    e += 1
                if e < n and fmt[e] == '}':
                    name = fmt[k + 1:e]
                    i = e + 1
        elif k < n and _isIdentStart(fmt[k]):
            e = k + 1
            while e < n and (fmt[e].isalnum() or fmt[e] == '_'):
                e += 1
            name = fmt[k:e]
            i = e
        if name is None:
            if values is None:
                raise ValueError("invalid format: bare '$' not allowed")
            lines = fmt[:j].split('\n')
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (len(lines), len(lines[-1]) + 1))
        names.append(name)
        if values is not None:
            out.append('%s' % (values[name],))
    if values is None:
        return names
    return ''.join(out)


class StringTemplateStyle(PercentStyle):
    """The '$' style: string.Template placeholders."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError unless the format is valid and has a field."""
        if not _templateScan(self._fmt, None):
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return _templateScan(self._fmt, self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter(object):
    """Turns a record into text, with a format string of a style."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """Return the time of record as text (datefmt, or
        default_time_format with milliseconds by default_msec_format)."""
        conv = self.converter
        fn = getattr(conv, '__func__', None)
        if fn is not None and type(fn) is _builtinFunction:
            conv = fn
        ct = conv(record.created)
        if datefmt:
            s = time.strftime(datefmt, ct)
        else:
            s = time.strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """Return the traceback text of an exc_info tuple."""
        s = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Whether the format uses asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """Return the text of a record's stack_info (as is)."""
        return stack_info

    def format(self, record):
        """Return the text of record: its message (getMessage), asctime
        if used, then the exception and stack texts."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


# The type of built-in functions. A built-in function put in a class is
# not bound to the instance in CPython; pyconc binds it, so formatTime
# undoes the binding of a converter such as time.gmtime set on the class
# (a no-op in CPython, whose bound methods never wrap a built-in function).
_builtinFunction = type(len)


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, with a header and a trailer."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


class Filter(object):
    """Lets through the records of a logger and of its descendants
    (every record when the name is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return (record.name[self.nlen] == ".")


class Filterer(object):
    """The base of loggers and handlers: a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter (an object with filter(), or a callable)
        lets record through."""
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# The handlers by name, and every handler in creation order (shutdown
# flushes and closes them).
_handlers = {}
_handlerList = []


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(handler)


def _removeHandlerRef(handler):
    with _lock:
        if handler in _handlerList:
            _handlerList.remove(handler)


class Handler(Filterer):
    """Sends records somewhere; the base of every handler. Each handler
    has its own lock (an RLock), held while it emits."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit record, holding the lock, if the filters let it through;
        return whether they did."""
        rv = self.filter(record)
        if rv:
            lock = self.lock
            if lock:
                with lock:
                    self.emit(record)
            else:
                self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report the exception being handled (raised by emit) on
        sys.stderr, with the stack of the logging call, as CPython does."""
        if _module().raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            try:
                sys.stderr.write('--- Logging error ---\n')
                traceback.print_exception(t, v, tb, None, sys.stderr)
                sys.stderr.write('Call stack:\n')
                frame = sys._getframe(1)
                while frame and _isLoggingFile(frame.f_code.co_filename):
                    frame = frame.f_back
                if frame:
                    traceback.print_stack(frame, file=sys.stderr)
                else:
                    sys.stderr.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
                try:
                    sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n')
            except OSError:
                pass

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


_srcdir = os.path.dirname(_srcfile)


def _isLoggingFile(filename):
    """Whether filename is in the logging package's folder."""
    return os.path.dirname(filename) == _srcdir


class StreamHandler(Handler):
    """Writes records to a stream (sys.stderr by default), each followed
    by terminator, and flushes it."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replace the stream (flushing the old one); return the old one,
        or None when stream is already it."""
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            with self.lock:
                self.flush()
                self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = getattr(self.stream, 'name', '')
        name = str(name)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)


def _text_encoding(encoding):
    """io.text_encoding: "locale" for None (the locale's encoding; pyconc's
    is UTF-8)."""
    if encoding is None:
        return "locale"
    return encoding


class FileHandler(StreamHandler):
    """Writes records to a file, opened at once or (delay) on the first
    record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename) if hasattr(os, 'fspath') else filename
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode:
            self.encoding = _text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def _open(self):
        open_func = self._builtin_open
        if 'b' in self.mode:
            return open_func(self.baseFilename, self.mode)
        encoding = self.encoding
        if encoding == "locale":
            encoding = None
        return open_func(self.baseFilename, self.mode, encoding=encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename, level)


class _StderrHandler(StreamHandler):
    """The last resort's handler: writes to sys.stderr as it is now."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    def _get_stream(self):
        return sys.stderr

    def _set_stream(self, value):
        pass

    stream = property(_get_stream, _set_stream)


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class PlaceHolder(object):
    """Stands in the hierarchy for a logger not yet made, above loggers
    that are."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """Set the class getLogger makes loggers of (a Logger subclass)."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """Return the class getLogger makes loggers of."""
    return _loggerClass


class Manager(object):
    """Holds the hierarchy of loggers."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        """Return the logger of name, making it (and fixing the hierarchy
        around it) if needed."""
        rv = None
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            if name in self.loggerDict:
                rv = self.loggerDict[name]
                if isinstance(rv, PlaceHolder):
                    ph = rv
                    rv = (self.loggerClass or _loggerClass)(name)
                    rv.manager = self
                    self.loggerDict[name] = rv
                    self._fixupChildren(ph, rv)
                    self._fixupParents(rv)
            else:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in list(ph.loggerMap.keys()):
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel of records: a level, handlers, and a parent in the
    hierarchy that records propagate to."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            if kwargs:
                self._log(DEBUG, msg, args, **kwargs)
            else:
                self._log(DEBUG, msg, args)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            if kwargs:
                self._log(INFO, msg, args, **kwargs)
            else:
                self._log(INFO, msg, args)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            if kwargs:
                self._log(WARNING, msg, args, **kwargs)
            else:
                self._log(WARNING, msg, args)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            if kwargs:
                self._log(ERROR, msg, args, **kwargs)
            else:
                self._log(ERROR, msg, args)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            if kwargs:
                self._log(CRITICAL, msg, args, **kwargs)
            else:
                self._log(CRITICAL, msg, args)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if _module().raiseExceptions:
                raise TypeError("level must be an integer")
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """Return (file, line, function, stack text or None) of the
        logging call: the first frame outside logging, stacklevel-1 more
        frames out."""
        f = sys._getframe(0)
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            filename = f.f_code.co_filename
            if filename != _srcfile:
                if not _normcaseIsIdentity:
                    filename = os.path.normcase(filename)
                if filename != _srcfile and not ("importlib" in filename and "_bootstrap" in filename):
                    stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            sinfo = "Stack (most recent call last):\n" + ''.join(traceback.format_stack(f))
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Make a record (by the record factory), with the items of extra
        as attributes."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or hasattr(rv, key):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        sinfo = None
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass record to the handlers, unless disabled or filtered out."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger or one it propagates to has handlers."""
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            else:
                c = c.parent
        return rv

    def callHandlers(self, record):
        """Pass record to the handlers of this logger and of its parents
        (while they propagate); to lastResort when there are none."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            this = _module()
            last = this.lastResort
            if last:
                if record.levelno >= last.level:
                    last.handle(record)
            elif this.raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of the first logger up the hierarchy that has one."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record of level would be processed."""
        if self.disabled:
            return False
        cache = self._cache
        if level in cache:
            return cache[level]
        with _lock:
            if self.manager.disable >= level:
                is_enabled = cache[level] = False
            else:
                is_enabled = cache[level] = (level >= self.getEffectiveLevel())
        return is_enabled

    def getChild(self, suffix):
        """The logger of the name self.name + '.' + suffix."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The root of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter(object):
    """A logger with context: process() adds it to each call (extra by
    default)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra, stack_info=stack_info)

    def _get_manager(self):
        return self.logger.manager

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(_get_manager, _set_manager)

    def _get_name(self):
        return self.logger.name

    name = property(_get_name)

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def basicConfig(**kwargs):
    """Configure the root logger once: a StreamHandler (stream, or
    sys.stderr) or a FileHandler (filename, filemode, encoding), or the
    given handlers, with a Formatter of format, datefmt and style; level.
    Does nothing when the root has handlers, unless force is true."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    else:
                        encoding = _text_encoding(encoding)
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """Return the logger of name (the root logger for None or '')."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignore every record of level and below, on every logger."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, the newest first."""
    for h in reversed(handlerList[:]):
        if h:
            try:
                _shutdownHandler(h)
            except Exception:
                if _module().raiseExceptions:
                    raise


def _shutdownHandler(h):
    try:
        h.acquire()
        h.flush()
        h.close()
    except (OSError, ValueError):
        pass
    finally:
        h.release()


def _deprecated(message):
    """Print a DeprecationWarning for the caller's caller's line on
    sys.stderr, as the warnings module shows one (pyconc has none)."""
    f = sys._getframe(2)
    while f.f_back is not None and _is_internal_frame(f):
        f = f.f_back
    sys.stderr.write("%s:%d: DeprecationWarning: %s\n" % (f.f_code.co_filename, f.f_lineno, message))
    lines = traceback.format_stack(f)
    if lines:
        text = lines[-1].split('\n')
        if len(text) > 1 and text[1].strip():
            sys.stderr.write("  %s\n" % text[1].strip())


def captureWarnings(capture):
    """Route warnings to the 'py.warnings' logger: pyconc has no warnings
    module, so there is nothing to capture and this does nothing."""
    pass


class NullHandler(Handler):
    """A handler that does nothing (for libraries: it keeps lastResort
    from printing their records)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass
