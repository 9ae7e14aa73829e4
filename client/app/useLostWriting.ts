import { useEffect, useState } from "react";

/** True once the person could write on this page and no longer can: their role was changed while it was open. */
export function useLostWriting(canWrite: boolean): boolean {
  const [couldWrite, setCouldWrite] = useState(canWrite);
  useEffect(() => {
    if (canWrite) {
      setCouldWrite(true);
    }
  }, [canWrite]);
  return couldWrite && !canWrite;
}
