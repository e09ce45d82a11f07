// The glicko2 package (1.2) ships no types: the part Silta uses.
declare module 'glicko2' {
  export interface Glicko2Settings {
    tau?: number;
    rating?: number;
    rd?: number;
    vol?: number;
    volatility_algorithm?: 'oldprocedure' | 'newprocedure' | 'newprocedure_mod' | 'oldprocedure_simple';
  }
  export interface Glicko2Player {
    getRating(): number;
    getRd(): number;
    getVol(): number;
  }
  export class Glicko2 {
    constructor(settings?: Glicko2Settings);
    makePlayer(rating?: number, rd?: number, vol?: number): Glicko2Player;
    updateRatings(matches: Array<[Glicko2Player, Glicko2Player, number]>): void;
    predict(a: Glicko2Player, b: Glicko2Player): number;
  }
  const glicko2: { Glicko2: typeof Glicko2 };
  export default glicko2;
}
