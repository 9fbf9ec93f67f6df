import type { Schemas } from '@partner-portal/api-client';
import { Box, Link, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, SearchInput, TextField } from 'react-admin';

type PartnerResource = Schemas['PartnerResourceDto'];

function NoResources() {
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, width: '100%' }}>
      <Typography variant="h6" component="p">
        No resources match
      </Typography>
      <Typography color="text.secondary">Guides and sales material for reseller partners appear here.</Typography>
    </Box>
  );
}

/** The Resources tab of reseller partners: guides, sales and marketing material. */
export function ResourceList() {
  return (
    <List title="Resources" filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'category', order: 'ASC' }} empty={<NoResources />} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="category" />
        <FunctionField<PartnerResource>
          source="title"
          render={(record) => (
            <Link href={record.url} target="_blank" rel="noopener noreferrer">
              {record.title}
            </Link>
          )}
        />
        <TextField source="description" sortable={false} />
      </Datagrid>
    </List>
  );
}
