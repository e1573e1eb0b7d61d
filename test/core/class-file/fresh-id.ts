/** The fresh ids planMerge asks for in tests: new0, new1, … skipping those taken. */
let counter = 0;
export const fresh = (taken: (id: string) => boolean): string => {
  let id: string;
  do id = `new${counter++}`;
  while (taken(id));
  return id;
};
