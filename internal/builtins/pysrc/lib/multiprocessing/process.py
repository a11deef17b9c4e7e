"""multiprocessing.process: the Process class (BaseProcess) and the
functions about the processes of this program."""

from multiprocessing import (Process as BaseProcess, active_children,
                             current_process, parent_process)

__all__ = ['BaseProcess', 'current_process', 'active_children',
           'parent_process']
