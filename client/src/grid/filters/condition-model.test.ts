import { describe, expect, it } from 'vitest';
import { columnWhere } from '../../features/ledger/household-where';
import { columnModel, conditionModel, conditionsOf, type Condition } from './condition-model';

const c = (type: string, a = '', b = ''): Condition => ({ type, a, b });

describe('condition filter models (the shapes of AG Grid’s built-in text/number/date filters)', () => {
  it('builds text models, incomplete conditions giving none', () => {
    expect(conditionModel('text', c('contains', '马'))).toEqual({ filterType: 'text', type: 'contains', filter: '马' });
    expect(conditionModel('text', c('contains'))).toBeNull();
    expect(conditionModel('text', c('blank'))).toEqual({ filterType: 'text', type: 'blank' });
    expect(columnModel('text', [c('startsWith', '马'), c('equals', '王芳')], 'OR')).toEqual({
      filterType: 'text',
      operator: 'OR',
      conditions: [
        { filterType: 'text', type: 'startsWith', filter: '马' },
        { filterType: 'text', type: 'equals', filter: '王芳' },
      ],
    });
    expect(columnModel('text', [c('startsWith', '马'), c('equals')], 'OR')).toEqual({ filterType: 'text', type: 'startsWith', filter: '马' });
    expect(columnModel('text', [c('contains')], 'AND')).toBeNull();
  });

  it('builds number models: a range needs both ends, text that is no number gives none', () => {
    expect(conditionModel('number', c('greaterThanOrEqual', ' 6150 '))).toEqual({ filterType: 'number', type: 'greaterThanOrEqual', filter: 6150 });
    expect(conditionModel('number', c('inRange', '7000', '5000'))).toEqual({ filterType: 'number', type: 'inRange', filter: 7000, filterTo: 5000 });
    expect(conditionModel('number', c('inRange', '7000'))).toBeNull();
    expect(conditionModel('number', c('equals', 'abc'))).toBeNull();
  });

  it('builds date models as "YYYY-MM-DD 00:00:00", which the where clause reads as China days', () => {
    const m = conditionModel('date', c('inRange', '2024-05-01', '2024-05-31'));
    expect(m).toEqual({ filterType: 'date', type: 'inRange', dateFrom: '2024-05-01 00:00:00', dateTo: '2024-05-31 00:00:00' });
    expect(conditionModel('date', c('after', '2024-05'))).toBeNull();
    expect(columnWhere('lastVisitAt', m!)).toEqual({ lastVisitAt: { gte: '2024-04-30T16:00:00.000Z', lte: '2024-05-31T15:59:59.999Z' } });
  });

  it('shows a saved model again as its conditions', () => {
    expect(conditionsOf(null, 'contains')).toEqual({ conditions: [c('contains')], operator: 'AND' });
    const two = columnModel('text', [c('startsWith', '马'), c('notBlank')], 'OR')!;
    expect(conditionsOf(two, 'contains')).toEqual({ conditions: [c('startsWith', '马'), c('notBlank')], operator: 'OR' });
    expect(conditionsOf(conditionModel('number', c('inRange', '1', '2')), 'equals')).toEqual({ conditions: [c('inRange', '1', '2')], operator: 'AND' });
    expect(conditionsOf(conditionModel('date', c('equals', '2024-05-01')), 'equals')).toEqual({ conditions: [c('equals', '2024-05-01')], operator: 'AND' });
  });
});
